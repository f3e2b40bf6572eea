/**
 * Legacy TCVN3 (TCVN 5712:1993, VN3) text, as typed with the .VnTime fonts: each Vietnamese letter is one
 * byte 0xA1–0xFE that arrives in a workbook as the Latin-1 character of that code, so "Tổng số giáo viên"
 * reads "Tæng sè gi¸o viªn". VN3 has the lowercase letters (precomposed) and seven capitals Ă Â Ê Ô Ơ Ư Đ;
 * capitals with tones were typed with the .VnTimeH font, over the lowercase codes.
 *
 * The table is the 0xA1–0xFE half of TCVN 5712 as published in the X11/libiconv converter (lcUniConv/tcvn.h),
 * keeping the positions VN3 uses: not the combining marks 0xB0–0xB4 (VN2) nor the toned capitals VN1 puts in
 * the gaps (0xAF, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF), which VN3 leaves empty.
 */
const TCVN3_TO_UNICODE: ReadonlyArray<readonly [number, number]> = [
  [0xa1, 0x0102], // ¡ -> Ă
  [0xa2, 0x00c2], // ¢ -> Â
  [0xa3, 0x00ca], // £ -> Ê
  [0xa4, 0x00d4], // ¤ -> Ô
  [0xa5, 0x01a0], // ¥ -> Ơ
  [0xa6, 0x01af], // ¦ -> Ư
  [0xa7, 0x0110], // § -> Đ
  [0xa8, 0x0103], // ¨ -> ă
  [0xa9, 0x00e2], // © -> â
  [0xaa, 0x00ea], // ª -> ê
  [0xab, 0x00f4], // « -> ô
  [0xac, 0x01a1], // ¬ -> ơ
  [0xad, 0x01b0], // ­ -> ư
  [0xae, 0x0111], // ® -> đ
  [0xb5, 0x00e0], // µ -> à
  [0xb6, 0x1ea3], // ¶ -> ả
  [0xb7, 0x00e3], // · -> ã
  [0xb8, 0x00e1], // ¸ -> á
  [0xb9, 0x1ea1], // ¹ -> ạ
  [0xbb, 0x1eb1], // » -> ằ
  [0xbc, 0x1eb3], // ¼ -> ẳ
  [0xbd, 0x1eb5], // ½ -> ẵ
  [0xbe, 0x1eaf], // ¾ -> ắ
  [0xc6, 0x1eb7], // Æ -> ặ
  [0xc7, 0x1ea7], // Ç -> ầ
  [0xc8, 0x1ea9], // È -> ẩ
  [0xc9, 0x1eab], // É -> ẫ
  [0xca, 0x1ea5], // Ê -> ấ
  [0xcb, 0x1ead], // Ë -> ậ
  [0xcc, 0x00e8], // Ì -> è
  [0xce, 0x1ebb], // Î -> ẻ
  [0xcf, 0x1ebd], // Ï -> ẽ
  [0xd0, 0x00e9], // Ð -> é
  [0xd1, 0x1eb9], // Ñ -> ẹ
  [0xd2, 0x1ec1], // Ò -> ề
  [0xd3, 0x1ec3], // Ó -> ể
  [0xd4, 0x1ec5], // Ô -> ễ
  [0xd5, 0x1ebf], // Õ -> ế
  [0xd6, 0x1ec7], // Ö -> ệ
  [0xd7, 0x00ec], // × -> ì
  [0xd8, 0x1ec9], // Ø -> ỉ
  [0xdc, 0x0129], // Ü -> ĩ
  [0xdd, 0x00ed], // Ý -> í
  [0xde, 0x1ecb], // Þ -> ị
  [0xdf, 0x00f2], // ß -> ò
  [0xe1, 0x1ecf], // á -> ỏ
  [0xe2, 0x00f5], // â -> õ
  [0xe3, 0x00f3], // ã -> ó
  [0xe4, 0x1ecd], // ä -> ọ
  [0xe5, 0x1ed3], // å -> ồ
  [0xe6, 0x1ed5], // æ -> ổ
  [0xe7, 0x1ed7], // ç -> ỗ
  [0xe8, 0x1ed1], // è -> ố
  [0xe9, 0x1ed9], // é -> ộ
  [0xea, 0x1edd], // ê -> ờ
  [0xeb, 0x1edf], // ë -> ở
  [0xec, 0x1ee1], // ì -> ỡ
  [0xed, 0x1edb], // í -> ớ
  [0xee, 0x1ee3], // î -> ợ
  [0xef, 0x00f9], // ï -> ù
  [0xf1, 0x1ee7], // ñ -> ủ
  [0xf2, 0x0169], // ò -> ũ
  [0xf3, 0x00fa], // ó -> ú
  [0xf4, 0x1ee5], // ô -> ụ
  [0xf5, 0x1eeb], // õ -> ừ
  [0xf6, 0x1eed], // ö -> ử
  [0xf7, 0x1eef], // ÷ -> ữ
  [0xf8, 0x1ee9], // ø -> ứ
  [0xf9, 0x1ef1], // ù -> ự
  [0xfa, 0x1ef3], // ú -> ỳ
  [0xfb, 0x1ef7], // û -> ỷ
  [0xfc, 0x1ef9], // ü -> ỹ
  [0xfd, 0x00fd], // ý -> ý
  [0xfe, 0x1ef5], // þ -> ỵ
];

/** Unicode of each TCVN3 code 0xA1–0xFE (0 where VN3 has no letter). */
const DECODE = new Uint16Array(0x100);
for (const [code, unicode] of TCVN3_TO_UNICODE) DECODE[code] = unicode;

/** Latin-1 letters Unicode Vietnamese uses itself (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals): no evidence of TCVN3. */
const UNICODE_VIETNAMESE_LATIN1 = new Uint8Array(0x100);
for (const c of 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý') UNICODE_VIETNAMESE_LATIN1[c.charCodeAt(0)] = 1;

/** Characters only Unicode Vietnamese has (ă đ ơ ư, the letters of U+1Exx, combining marks): not TCVN3. */
const isUnicodeVietnamese = (code: number): boolean =>
  (code >= 0x100 && code <= 0x24f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * How many characters of a text are TCVN3 letters that Unicode Vietnamese never writes (æ ¸ ª Ý « …, not the
 * Latin-1 letters Vietnamese uses), each inside a word (after a letter): "Tæng sè gi¸o viªn" has 3 (æ ¸ ª).
 * 0 when the text has letters only Unicode Vietnamese has. One pass, stopping at the first such letter.
 */
export function tcvn3Evidence(text: string): number {
  let evidence = 0;
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1) {
      afterLetter = isAsciiLetter(code);
      continue;
    }
    if (code > 0xff) {
      if (isUnicodeVietnamese(code)) return 0;
      afterLetter = false;
      continue;
    }
    const tcvn = DECODE[code] !== 0;
    if (tcvn && afterLetter && !UNICODE_VIETNAMESE_LATIN1[code]) evidence++;
    afterLetter = tcvn;
  }
  return evidence;
}

/** Evidence that makes one text TCVN3 on its own; a text with less is TCVN3 when its workbook is. */
export const TCVN3_EVIDENCE = 2;

/**
 * True when a text looks typed in TCVN3: several characters of the TCVN3-only range inside words
 * (looksLikeTcvn3("Tæng sè gi¸o viªn") === true), none of the letters only Unicode Vietnamese has
 * (looksLikeTcvn3("Tổng số giáo viên") === false).
 */
export const looksLikeTcvn3 = (text: string): boolean => tcvn3Evidence(text) >= TCVN3_EVIDENCE;

/**
 * Converts TCVN3 text to Unicode: decodeTcvn3("Tæng sè gi¸o viªn") === "Tổng số giáo viên". Other characters
 * are kept. A line written in capitals (.VnTimeH: capital ASCII letters, the toned ones over lowercase codes)
 * stays in capitals: decodeTcvn3("TR¦êNG TH") === "TRƯỜNG TH".
 */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const unicode = code >= 0xa1 && code <= 0xff ? DECODE[code]! : 0;
    out += unicode ? String.fromCharCode(unicode) : text[i]!;
  }
  // a line in capitals (.VnTimeH) has no lowercase ASCII letter; one character for one keeps lines at the same offsets
  return out.replace(/[^\n]+/g, (line, at: number) => {
    const source = text.slice(at, at + line.length);
    return /[A-Z]/.test(source) && !/[a-z]/.test(source) ? line.toUpperCase() : line;
  });
}
