/**
 * Bắc Giang's Phòng figures (seed 000) typed into the template's named cells, with the
 * populations the issued form never asked for: 12.292 trẻ + 18.852 + 13.596 học sinh = 44.740 người học.
 */
export const BAC_GIANG_PHONG: Record<string, number | string> = {
  Bieu_Chung_tre_mn: 12292,
  Bieu_Chung_hoc_sinh_th: 18852,
  Bieu_Chung_hoc_sinh_thcs: 13596,
  Bieu_Chung_giao_vien: 2023,
  Bieu_Chung_co_so_gd: 55,
  Bieu_Chung_ho_so_cong_viec_phong: 1200,
  Bieu_Chung_tthc: 44,
  Bieu_Chung_ho_so_tthc: 95,
  Bieu_Chung_nguoi_hoc_phu_huynh: 44790,
  Bieu_Chung_to_chuc_ca_nhan: 2860,
  Bieu_1_1_SoLuong: 2023,
  Bieu_1_3_SoLuong: 2023,
  Bieu_2_1_SoLuong: 32448,
  Bieu_2_3_SoLuong: 32448,
  Bieu_3_1_SoLuong: 5,
  Bieu_3_1_Ten: 'Microsoft Office 365, Google Meet, Zoom, Zavi, K12',
  Bieu_3_3_SoLuong: 44740,
  Bieu_5_1_TiLe: 28,
  Bieu_5_2_TiLe: 35,
  Bieu_8_1_SoLuong: 55,
  Bieu_8_2_SoLuong: 44740,
  Bieu_8_3_SoLuong: 2023,
  Bieu_8_4_SoLuong: 33,
  Bieu_8_6_SoLuong: 1200,
  Bieu_9_1_SoLuong: 44,
  Bieu_9_2_SoLuong: 95,
  Bieu_9_3_SoLuong: 44700,
  Bieu_9_4_SoLuong: 2860,
};
