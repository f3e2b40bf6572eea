import type { CellValue } from '../../../src/engine/grid';

/**
 * Bắc Giang city's filled "Biểu số liệu" (seed 000, lines ~114–130), as a school office would have it in Excel:
 * header block, title, "STT | Cơ quan ban hành | Nội dung", each STT's blanks in one cell.
 */
export const BAC_GIANG_HEADER: CellValue[][] = [
  ['UBND THÀNH PHỐ BẮC GIANG', '', ''],
  ['', '', ''],
  ['BIỂU SỐ LIỆU THỐNG KÊ', '', ''],
  ['Kết quả 02 năm thực hiện Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ', '', ''],
  ['(Kèm theo Báo cáo số /BC-UBND ngày /3/2024 của UBND thành phố)', '', ''],
  ['STT', 'Cơ quan ban hành', 'Nội dung'],
];

export const BAC_GIANG_ROWS: CellValue[][] = [
  [
    1,
    'Số lượng nhà giáo (giáo viên) được trang bị (có) máy tính (máy tính để bàn, máy tính bảng, máy tính xách tay)/đường truyền Internet/phần mềm để tham gia các hoạt động dạy, học trực tuyến',
    'Tổng số giáo viên có máy tính: 2.023, đạt tỉ lệ: 100%',
  ],
  [
    2,
    'Người học (học sinh) được trang bị (có) máy tính (máy tính để bàn, máy tính bảng, máy tính xách tay)/ đường truyền Internet/ phần mềm để tham gia các hoạt động dạy, học trực tuyến',
    '- Tổng số học sinh có máy tính: 32.448, đạt tỉ lệ: 100% - Tổng số học sinh có đường truyền Internet: 32.448, đạt tỉ lệ: 100%',
  ],
  [
    3,
    'Triển khai nền tảng dạy và học trực tuyến',
    '- Số nền tảng: 1500 Microsoft Office 365; 1780 Google Meet và các nền tảng như Zoom, Zavi, K12 - Số nền tảng là sản phẩm trong nước: 02 - Số lượng học sinh tham gia sử dụng nền tảng, đạt tỉ lệ: 100% .',
  ],
  [4, 'Cung cấp các chương trình đào tạo (cấp bằng) theo hình thức từ xa, trực tuyến', 'Không'],
  [
    5,
    'Tỉ trọng nội dung chương trình giáo dục phổ thông được triển khai dưới hình thức trực tuyến',
    'Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 28% Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc trung học chiếm 35%',
  ],
  [6, 'Triển khai học trực tuyến trong các cơ sở giáo dục đại học trực thuộc', 'Không'],
  ['STT', 'Cơ quan ban hành', 'Nội dung'],
  [
    7,
    'Triển khai đào tạo người học lấy văn bằng đại học thứ hai tại các cơ sở giáo dục đại học trực thuộc (trong đó, thời lượng đào tạo bằng hình thức trực tuyến ≥ 50%)',
    'Không',
  ],
  [
    8,
    'Triển khai hệ thống quản trị, quản lý dựa trên dữ liệu và công nghệ số',
    [
      '- Tổng số cơ sở giáo dục đã triển khai: 55 đạt tỉ lệ: 100%',
      '- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: 44.790 đạt tỉ lệ: 100%',
      '- Số lượng nhà giáo được quản lý bằng hồ sơ số với định danh thống nhất: 2023 đạt tỉ lệ: 100%',
      '- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: 33, đạt tỉ lệ: 60 %',
      '- Số lượng hồ sơ công việc tại cấp phòng được vận hành dựa trên dữ liệu và công nghệ số đạt tỉ lệ: 100% (trừ hồ sơ mật)',
    ].join('\n'),
  ],
  [
    9,
    'Triển khai dịch vụ hỗ trợ người học, người dân',
    [
      '- Số lượng thủ tục hành chính đủ điều kiện được triển khai dịch vụ công trực tuyến mức độ 4 (hoặc mức độ 3 nếu không phát sinh thanh toán): 44, đạt tỉ lệ: 100%',
      '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 495, đạt tỉ lệ: 100%',
      '- Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục: 44700, đạt tỉ lệ: 99,8%.',
      '- Số lượng (ước tính) tổ chức, cá nhân hài lòng về chất lượng dịch vụ công trực tuyến của các cơ quan quản lý giáo dục: 2860, đạt tỉ lệ: 100%',
    ].join('\n'),
  ],
];

export const BAC_GIANG: CellValue[][] = [...BAC_GIANG_HEADER, ...BAC_GIANG_ROWS];
