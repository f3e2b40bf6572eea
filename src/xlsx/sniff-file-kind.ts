import { UnreadableFileError } from './unreadable-file-error';

/** OLE compound file (CFB) magic: legacy .xls and password-protected .xlsx both start with it. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** True when `bytes` contains `text` encoded as UTF-16LE (how CFB directories name their streams). */
export function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Throws UnreadableFileError unless the bytes look like a zip package.
 * An encrypted .xlsx is a CFB file holding an "EncryptedPackage" stream; any other CFB is a legacy .xls.
 */
export function assertZipPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UnreadableFileError('empty');
  if (startsWith(bytes, CFB_MAGIC.slice(0, 4)))
    throw new UnreadableFileError(containsUtf16le(bytes, 'EncryptedPackage') ? 'password' : 'legacy');
  if (startsWith(bytes, EMPTY_ZIP_MAGIC)) throw new UnreadableFileError('corrupt', 'empty zip archive');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnreadableFileError('corrupt', 'not a zip archive');
}
