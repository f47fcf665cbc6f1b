/**
 * The .xlsx / .xlsm package as a map of parts (fflate), opened within stated limits so that a zip bomb
 * or an oversized part gets a one-line message instead of exhausting memory. Browser-safe: no Node APIs.
 *
 * fflate reads the sizes from the zip's central directory before inflating anything and inflates each
 * part into a buffer of its declared size, so the declared sizes bound the memory used here.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** Limits of one package; `UnreadableWorkbookError` names the one exceeded. */
export const LIMITS = {
  /** Unpacked size of one part (a sheet's XML, an image …). */
  partBytes: 256 * 1024 * 1024,
  /** Unpacked size of the whole package. */
  totalBytes: 512 * 1024 * 1024,
  /** Unpacked / packed size of a part larger than `ratioFrom` (ordinary sheets stay far below 200). */
  ratio: 500,
  ratioFrom: 16 * 1024 * 1024,
  /** Cells that hold something, in one workbook (each costs memory while it is checked). */
  cells: 5_000_000,
  /** Area of one sheet's used range (the checker keeps a cell grid over it). */
  sheetArea: 2_000_000,
} as const;

/** A workbook that cannot be read; the message is one line for the user (Chinese). */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export interface Package {
  /** Part name (no leading "/") → unpacked bytes, in the order of the original zip. */
  parts: Map<string, Uint8Array>;
}

export function openPackage(data: Uint8Array): Package {
  let total = 0;
  let files;
  try {
    files = unzipSync(data, {
      filter(file) {
        if (file.originalSize > LIMITS.partBytes)
          throw new UnreadableWorkbookError(
            `部件 ${file.name} 解压后 ${MB(file.originalSize)}，超过单个部件上限 ${MB(LIMITS.partBytes)}`,
          );
        total += file.originalSize;
        if (total > LIMITS.totalBytes)
          throw new UnreadableWorkbookError(`解压后超过 ${MB(LIMITS.totalBytes)}（整个文件的上限），疑似压缩炸弹`);
        if (file.originalSize > LIMITS.ratioFrom && file.originalSize > file.size * LIMITS.ratio)
          throw new UnreadableWorkbookError(`部件 ${file.name} 的压缩比超过 ${LIMITS.ratio} 倍（上限），疑似压缩炸弹`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError(`文件已损坏，无法解压（${String((e as Error).message).split("\n")[0]}）`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(files)) if (!name.endsWith("/")) parts.set(name, bytes);
  return { parts };
}

export function partText(pkg: Package, name: string): string | null {
  const bytes = pkg.parts.get(name);
  return bytes ? decodeUtf8(bytes) : null;
}

export function setPartText(pkg: Package, name: string, text: string): void {
  pkg.parts.set(name, strToU8(text));
}

export function decodeUtf8(bytes: Uint8Array): string {
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The package as zip bytes. Parts keep their order; deflate level 6 like Excel's own files. Every part
 * passed in unchanged is written with exactly the bytes it was read with.
 */
export function packPackage(pkg: Package): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of pkg.parts) files[name] = bytes;
  return zipSync(files, { level: 6 });
}
