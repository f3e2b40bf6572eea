/** Bytes to base64 without the call-stack limits of String.fromCharCode(...bytes) on large files. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Lets the browser paint and handle input between chunks of work on the UI thread. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
