import { zipSync, strToU8 } from 'fflate';

/** Byte fixtures for files that are not readable workbooks. */
const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function cfb(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB_HEADER, 0);
  if (streamName) {
    // A directory entry names its stream in UTF-16LE.
    for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  }
  return bytes;
}

export const legacyXls = (): Uint8Array => cfb('Workbook');
export const passwordProtected = (): Uint8Array => cfb('EncryptedPackage');
export const randomBytes = (): Uint8Array => {
  const out = new Uint8Array(2000);
  let x = 12345;
  for (let i = 0; i < out.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
};
export const zipWithoutWorkbook = (): Uint8Array => zipSync({ 'readme.txt': strToU8('xin chào') });
export const textRenamedXlsx = (): Uint8Array => strToU8('STT;Nội dung;Kết quả\n1;Giáo viên;45\n');
