import { inflateSync } from 'fflate';
import { UnreadableFileError } from './unreadable-file-error';

/** Raw DEFLATE decompression; the CLI passes Node's native zlib, browsers use fflate's. */
export type InflateRaw = (data: Uint8Array, originalSize: number) => Uint8Array;

export const fflateInflateRaw: InflateRaw = (data, originalSize) => inflateSync(data, { out: new Uint8Array(originalSize) });

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function corrupt(detail: string): never {
  throw new UnreadableFileError('corrupt', detail);
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === EOCD) return at;
  return corrupt('no end of central directory');
}

const decoder = new TextDecoder();

/**
 * The entries of a zip archive that `wanted` selects, decompressed. Reads the central directory (authoritative
 * sizes, so data descriptors need no special care). Only stored and deflated entries; ZIP64 is not needed for forms.
 * @throws UnreadableFileError('corrupt') for anything malformed.
 */
export function readZipEntries(b: Uint8Array, wanted: (name: string) => boolean, inflateRaw: InflateRaw = fflateInflateRaw): Record<string, Uint8Array> {
  const eocd = findEndOfCentralDirectory(b);
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) corrupt('bad central directory');
    const method = u16(b, at + 10);
    const compressedSize = u32(b, at + 20);
    const size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const localAt = u32(b, at + 42);
    const name = decoder.decode(b.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted(name)) continue;
    if (compressedSize === 0xffffffff || size === 0xffffffff) corrupt('zip64 entry');
    if (localAt + 30 > b.length || u32(b, localAt) !== LOCAL) corrupt('bad local header');
    const dataAt = localAt + 30 + u16(b, localAt + 26) + u16(b, localAt + 28);
    if (dataAt + compressedSize > b.length) corrupt('entry past the end');
    const data = b.subarray(dataAt, dataAt + compressedSize);
    if (method === 0) out[name] = data;
    else if (method === 8) {
      try {
        out[name] = inflateRaw(data, size);
      } catch (error) {
        corrupt(`inflate ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else corrupt(`compression method ${method}`);
  }
  return out;
}
