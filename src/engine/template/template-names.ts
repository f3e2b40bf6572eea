/**
 * Defined names of the official form's cells. The template writes them and the named-form
 * reader finds its cells by them, so reading survives inserted rows and moved blocks.
 * itemCellName("1.1", "SoLuong") === "Bieu_1_1_SoLuong"; populationCellName("giao_vien") === "Bieu_Chung_giao_vien"
 */
export type ItemField = 'SoLuong' | 'TongSo' | 'TiLe' | 'Ten' | 'CoKhong' | 'KetQua';

export const NAME_PREFIX = 'Bieu_';

export const itemCellName = (code: string, field: ItemField): string => `${NAME_PREFIX}${code.replace(/\./g, '_')}_${field}`;

export const populationCellName = (populationId: string): string => `${NAME_PREFIX}Chung_${populationId}`;

/** The unit's name in the header block (editable). */
export const UNIT_NAME = `${NAME_PREFIX}DonVi`;
/** The unit level the form was written for ("TH", "phong", …). */
export const LEVEL_NAME = `${NAME_PREFIX}CapDonVi`;
/** The form's id ("qd131"). */
export const FORM_ID_NAME = `${NAME_PREFIX}MaBieu`;
