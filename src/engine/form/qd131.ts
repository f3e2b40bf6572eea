import { formSchema, type FormDefinition, type UnitLevel } from './schema';

/**
 * QĐ 131/QĐ-TTg "Biểu số liệu thống kê", Phụ lục 2 of Sở GDĐT Hải Phòng's request (2024).
 * Labels are as issued; `aliases` hold wordings seen in filled forms.
 * Pure data: no code anywhere branches on these codes.
 */
const SCHOOLS: UnitLevel[] = ['MN', 'TH', 'THCS', 'THPT'];
const OFFICES: UnitLevel[] = ['phong', 'so'];
const ALL: UnitLevel[] = [...SCHOOLS, ...OFFICES, 'dh'];
const UNIVERSITY: UnitLevel[] = ['dh', 'so'];

const countRate = (
  code: string,
  label: string,
  blank: string,
  shortLabel: string,
  population: string,
  levels: UnitLevel[],
  optional = false,
  aliases: string[] = [],
) => ({ code, label, blank, shortLabel, kind: 'countRate' as const, population, levels, optional, aggregation: 'sum' as const, aliases });

const QD131_DATA = {
  id: 'qd131',
  title: [
    'BIỂU SỐ LIỆU THỐNG KÊ KẾT QUẢ SAU 02 NĂM THỰC HIỆN',
    'QUYẾT ĐỊNH 131/QĐ-TTg ngày 25/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ',
  ],
  titleMarkers: ['bieu so lieu thong ke', 'quyet dinh 131', 'quyet dinh so 131', '131 qd ttg'],
  attachmentLine: '(Kèm theo công văn số      /SGDĐT-VP ngày     tháng 02 năm 2024 của Sở Giáo dục và Đào tạo)',
  columns: ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'],
  footnotes: [
    'Giảng viên tại các cơ sở giáo dục đại học trực thuộc (các trường đại học, cao đẳng sư phạm địa phương).',
    'Sinh viên tại các cơ sở giáo dục đại học trực thuộc (các trường đại học, cao đẳng sư phạm địa phương).',
    'Cơ sở giáo dục đại học do địa phương trực tiếp quản lý',
  ],
  populations: [
    { id: 'tre_mn', label: 'Tổng số trẻ mầm non', aliases: ['Tổng số trẻ'], levels: ['MN', ...OFFICES] },
    { id: 'hoc_sinh_th', label: 'Tổng số học sinh tiểu học', levels: ['TH', ...OFFICES] },
    { id: 'hoc_sinh_thcs', label: 'Tổng số học sinh THCS', aliases: ['Tổng số học sinh trung học cơ sở'], levels: ['THCS', ...OFFICES] },
    { id: 'hoc_sinh_thpt', label: 'Tổng số học sinh THPT', aliases: ['Tổng số học sinh trung học phổ thông'], levels: ['THPT', 'so'] },
    {
      id: 'hoc_sinh_trung_hoc',
      label: 'Tổng số học sinh trung học (THCS và THPT)',
      sumOf: ['hoc_sinh_thcs', 'hoc_sinh_thpt'],
      levels: ['THCS', 'THPT', ...OFFICES],
    },
    {
      id: 'hoc_sinh',
      label: 'Tổng số học sinh',
      sumOf: ['hoc_sinh_th', 'hoc_sinh_thcs', 'hoc_sinh_thpt'],
      contains: ['hoc_sinh_trung_hoc'],
      levels: ['TH', 'THCS', 'THPT', ...OFFICES],
    },
    { id: 'sinh_vien', label: 'Tổng số sinh viên', levels: UNIVERSITY },
    {
      id: 'nguoi_hoc',
      label: 'Tổng số người học',
      aliases: ['Tổng số học sinh, sinh viên'],
      sumOf: ['tre_mn', 'hoc_sinh', 'sinh_vien'],
      levels: ALL,
    },
    { id: 'giao_vien', label: 'Tổng số giáo viên', levels: [...SCHOOLS, ...OFFICES] },
    { id: 'giang_vien', label: 'Tổng số giảng viên', levels: UNIVERSITY },
    { id: 'nha_giao', label: 'Tổng số nhà giáo', sumOf: ['giao_vien', 'giang_vien'], levels: ALL },
    { id: 'co_so_gd', label: 'Tổng số cơ sở giáo dục', levels: ALL },
    { id: 'co_so_gddh', label: 'Tổng số cơ sở giáo dục đại học', levels: UNIVERSITY },
    { id: 'lop_hoc_dh', label: 'Tổng số lớp học trong các cơ sở giáo dục đại học', levels: UNIVERSITY },
    { id: 'nguoi_hoc_vb2', label: 'Tổng số người học lấy bằng đại học thứ hai', levels: UNIVERSITY },
    { id: 'ho_so_cong_viec_so', label: 'Tổng số hồ sơ công việc tại cấp Sở', levels: ['so'] },
    { id: 'ho_so_cong_viec_phong', label: 'Tổng số hồ sơ công việc tại cấp Phòng', levels: ['phong'] },
    { id: 'tthc', label: 'Tổng số thủ tục hành chính đủ điều kiện', levels: OFFICES },
    { id: 'ho_so_tthc', label: 'Tổng số hồ sơ thủ tục hành chính', levels: OFFICES },
    { id: 'nguoi_hoc_phu_huynh', label: 'Tổng số người học, phụ huynh được khảo sát', levels: ALL },
    { id: 'to_chuc_ca_nhan', label: 'Tổng số tổ chức, cá nhân được khảo sát', levels: OFFICES },
  ],
  sections: [
    {
      stt: '1',
      label:
        'Số lượng nhà giáo (giáo viên/ giảng viên) được trang bị (có) máy tính (máy tính để bàn, máy tính bảng, máy tính xách tay)/ đường truyền Internet/ phần mềm để tham gia các hoạt động dạy, học trực tuyến',
      footnote: 1,
      ifAny: false,
      items: [
        countRate('1.1', 'Tổng số giáo viên có máy tính', '- Tổng số giáo viên có máy tính: .đạt tỉ lệ: ...%', 'Giáo viên có máy tính', 'giao_vien', [...SCHOOLS, ...OFFICES]),
        countRate('1.2', 'Tổng số giảng viên có máy tính', '- Tổng số giảng viên có máy tính: .đạt tỉ lệ: ...%', 'Giảng viên có máy tính', 'giang_vien', UNIVERSITY, true),
        countRate('1.3', 'Tổng số giáo viên có đường truyền Internet', '- Tổng số giáo viên có đường truyền Internet: ..... tỉ lệ: ...%', 'Giáo viên có Internet', 'giao_vien', [...SCHOOLS, ...OFFICES]),
        countRate('1.4', 'Tổng số giảng viên có đường truyền Internet', '- Tổng số giảng viên có đường truyền Internet: đạt tỉ lệ: ...%', 'Giảng viên có Internet', 'giang_vien', UNIVERSITY, true),
      ],
    },
    {
      stt: '2',
      label:
        'Người học (học sinh/sinh viên) được trang bị (có) máy tính (máy tính để bàn, máy tính bảng, máy tính xách tay)/ đường truyền Internet/ phần mềm để tham gia các hoạt động dạy, học trực tuyến',
      footnote: 2,
      ifAny: false,
      items: [
        countRate('2.1', 'Tổng số học sinh có máy tính', '- Tổng số học sinh có máy tính: ..đạt tỉ lệ: ...%', 'Học sinh có máy tính', 'hoc_sinh', ['TH', 'THCS', 'THPT', ...OFFICES]),
        countRate('2.2', 'Tổng số sinh viên có máy tính', '- Tổng số sinh viên có máy tính: ..đạt tỉ lệ: ...%', 'Sinh viên có máy tính', 'sinh_vien', UNIVERSITY, true),
        countRate('2.3', 'Tổng số học sinh có đường truyền Internet', '- Tổng số học sinh có đường truyền Internet: ..... tỉ lệ: ...%', 'Học sinh có Internet', 'hoc_sinh', ['TH', 'THCS', 'THPT', ...OFFICES]),
        countRate('2.4', 'Tổng số sinh viên có đường truyền Internet', '- Tổng số sinh viên có đường truyền Internet: ..... tỉ lệ: ...%', 'Sinh viên có Internet', 'sinh_vien', UNIVERSITY, true),
      ],
    },
    {
      stt: '3',
      label: 'Triển khai nền tảng dạy và học trực tuyến',
      ifAny: true,
      items: [
        {
          code: '3.1', label: 'Số nền tảng', blank: '- Số nền tảng: ... (nêu rõ tên)', shortLabel: 'Số nền tảng',
          kind: 'countNames', population: null, levels: ALL, optional: true, aggregation: 'nameSet',
          aliases: ['Số nền tảng dạy và học trực tuyến'],
        },
        {
          code: '3.2', label: 'Số nền tảng là sản phẩm trong nước', blank: '- Số nền tảng là sản phẩm trong nước:', shortLabel: 'Nền tảng trong nước',
          kind: 'countNames', population: null, levels: ALL, optional: true, aggregation: 'nameSet',
        },
        countRate('3.3', 'Số lượng học sinh/ sinh viên tham gia sử dụng nền tảng', '- Số lượng học sinh/ sinh viên tham gia sử dụng nền tảng, đạt tỉ lệ: ...%', 'Người học dùng nền tảng', 'nguoi_hoc', ALL, true, ['Số lượng học sinh tham gia sử dụng nền tảng', 'Số lượng sinh viên tham gia sử dụng nền tảng']),
      ],
    },
    {
      stt: '4',
      label: 'Cung cấp các chương trình đào tạo (cấp bằng) theo hình thức từ xa, trực tuyến',
      ifAny: true,
      items: [
        countRate('4.1', 'Tổng số cơ sở giáo dục đại học đã cung cấp', 'Tổng số cơ sở giáo dục đại học đã cung cấp: ..... tỉ lệ: . %', 'Cơ sở GDĐH đào tạo từ xa', 'co_so_gddh', UNIVERSITY, true),
      ],
    },
    {
      stt: '5',
      label: 'Tỉ trọng nội dung chương trình giáo dục phổ thông được triển khai dưới hình thức trực tuyến',
      ifAny: false,
      items: [
        {
          code: '5.1', label: 'Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm',
          blank: '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm ..... %', shortLabel: 'Tỉ trọng trực tuyến tiểu học',
          kind: 'rate', population: null, levels: ['TH', ...OFFICES], optional: false, aggregation: 'weightedRate', weightPopulation: 'hoc_sinh_th',
        },
        {
          code: '5.2', label: 'Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc trung học chiếm',
          blank: '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc trung học chiếm ..... %', shortLabel: 'Tỉ trọng trực tuyến trung học',
          kind: 'rate', population: null, levels: ['THCS', 'THPT', ...OFFICES], optional: false, aggregation: 'weightedRate', weightPopulation: 'hoc_sinh_trung_hoc',
        },
      ],
    },
    {
      stt: '6',
      label: 'Triển khai học trực tuyến trong các cơ sở giáo dục đại học trực thuộc',
      footnote: 3,
      ifAny: true,
      items: [
        countRate('6.1', 'Tổng số lớp học trực tuyến trong các cơ sở giáo dục đại học đã triển khai', 'Tổng số lớp học trực tuyến trong các cơ sở giáo dục đại học đã triển khai:đạt ..... tỉ lệ: %', 'Lớp học trực tuyến (ĐH)', 'lop_hoc_dh', UNIVERSITY, true),
      ],
    },
    {
      stt: '7',
      label:
        'Triển khai đào tạo người học lấy văn bằng đại học thứ hai tại các cơ sở giáo dục đại học trực thuộc (trong đó, thời lượng đào tạo bằng hình thức trực tuyến ≥ 50%)',
      ifAny: true,
      items: [
        countRate('7.1', 'Tổng số người học lấy bằng đại học thứ hai có thời lượng đào tạo trực tuyến ≥ 50%', 'Tổng số người học lấy bằng đại học thứ hai có thời lượng đào tạo trực tuyến ≥ 50%:đạt tỉ lệ: ....%', 'Người học văn bằng 2 trực tuyến', 'nguoi_hoc_vb2', UNIVERSITY, true),
      ],
    },
    {
      stt: '8',
      label: 'Triển khai hệ thống quản trị, quản lý dựa trên dữ liệu và công nghệ số',
      ifAny: true,
      items: [
        countRate('8.1', 'Tổng số cơ sở giáo dục đã triển khai', '- Tổng số cơ sở giáo dục đã triển khai: . đạt tỉ lệ: .. %', 'Cơ sở GD quản trị dựa trên dữ liệu', 'co_so_gd', ALL),
        countRate('8.2', 'Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất', '- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: .... đạt tỉ lệ: ....%', 'Người học có hồ sơ số', 'nguoi_hoc', ALL),
        countRate('8.3', 'Số lượng nhà giáo được quản lý bằng hồ sơ số với định danh thống nhất', '- Số lượng nhà giáo được quản lý bằng hồ sơ số với định danh thống nhất: .... đạt tỉ lệ: ..%', 'Nhà giáo có hồ sơ số', 'nha_giao', ALL),
        countRate('8.4', 'Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu', '- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: , đạt tỉ lệ: ..%', 'Cơ sở GD có hồ sơ số CSVC', 'co_so_gd', OFFICES),
        countRate('8.5', 'Số lượng hồ sơ công việc tại cấp Sở được vận hành dựa trên dữ liệu và công nghệ số', '- Số lượng hồ sơ công việc tại cấp Sở được vận hành dựa trên dữ liệu và công nghệ số: ..., đạt tỉ lệ: ..%', 'Hồ sơ công việc cấp Sở số hóa', 'ho_so_cong_viec_so', ['so']),
        countRate('8.6', 'Số lượng hồ sơ công việc tại cấp Phòng được vận hành dựa trên dữ liệu và công nghệ số', '- Số lượng hồ sơ công việc tại cấp Phòng được vận hành dựa trên dữ liệu và công nghệ số:..., đạt tỉ lệ: .%', 'Hồ sơ công việc cấp Phòng số hóa', 'ho_so_cong_viec_phong', ['phong']),
      ],
    },
    {
      stt: '9',
      label: 'Triển khai dịch vụ hỗ trợ người học, người dân',
      ifAny: false,
      items: [
        countRate('9.1', 'Số lượng thủ tục hành chính đủ điều kiện được triển khai dịch vụ công trực tuyến mức độ 4 (hoặc mức độ 3 nếu không phát sinh thanh toán)', '- Số lượng thủ tục hành chính đủ điều kiện được triển khai dịch vụ công trực tuyến mức độ 4 (hoặc mức độ 3 nếu không phát sinh thanh toán):., đạt tỉ lệ:%', 'TTHC có DVC trực tuyến', 'tthc', OFFICES),
        countRate('9.2', 'Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4', '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4: ....., đạt tỉ lệ: ..%', 'Hồ sơ giải quyết trực tuyến', 'ho_so_tthc', OFFICES),
        countRate('9.3', 'Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục', '- Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục: ....., đạt tỉ lệ: ..%', 'Người học, phụ huynh hài lòng', 'nguoi_hoc_phu_huynh', ALL),
        countRate('9.4', 'Số lượng (ước tính) tổ chức, cá nhân hài lòng về chất lượng dịch vụ công trực tuyến của các cơ quan quản lý giáo dục', '- Số lượng (ước tính) tổ chức, cá nhân hài lòng về chất lượng dịch vụ công trực tuyến của các cơ quan quản lý giáo dục: , đạt tỉ lệ: ...%', 'Tổ chức, cá nhân hài lòng', 'to_chuc_ca_nhan', OFFICES),
      ],
    },
  ],
};

/** The QĐ 131 form, validated by its schema at load. */
export const QD131: FormDefinition = formSchema.parse(QD131_DATA);
