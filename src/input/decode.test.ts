import { describe, expect, it } from 'vitest';
import { decode } from './decode.js';

const text = 'Secretary Blinken met Foreign Minister Wang Yi — “candid” talks.';

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode(text))).toBe(text);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('reads UTF-16 in both byte orders, with a BOM or detected from its zero bytes', () => {
    for (const le of [true, false]) for (const bom of [true, false]) expect(decode(utf16(text, le, bom))).toBe(text);
  });

  it('refuses binary files and says what they look like', () => {
    expect(() => decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toThrowError(/binary file \(a PDF file\)/);
    expect(() => decode(new Uint8Array([0x41, 0x42, 0x00, 0x01, 0x02, 0xff, 0x00, 0x43]))).toThrowError(/binary file \(NUL byte at offset 2\)/);
    // Zero bytes in every other place, as in UTF-16, but decoding to control characters.
    const fake = new Uint8Array(64).map((_, i) => (i % 2 ? 0 : 1 + (i % 7)));
    expect(() => decode(fake)).toThrowError(/binary file \(control characters\)/);
  });

  it('refuses text in another encoding, naming the first bad byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x6f, 0x6b]);
    expect(() => decode(latin1)).toThrowError(/not valid UTF-8 \(byte offset 3\)/);
    // After many two-byte characters the offset is still the bad byte's: 'café ' is 6 bytes.
    const late = new Uint8Array([...new TextEncoder().encode('café '.repeat(50)), 0xff, 0x41]);
    expect(() => decode(late)).toThrowError(/byte offset 300\)/);
  });

  it('refuses empty and blank input', () => {
    expect(() => decode(new Uint8Array())).toThrowError('file is empty');
    expect(() => decode(new TextEncoder().encode(' \n\t\n'))).toThrowError(/only white space/);
  });
});
