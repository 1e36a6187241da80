/** A file name safe on every OS and in a header, from a human title. */
export function safeFileName(title: string, extension: string, fallback = "asset") {
  const base =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9._ -]+/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .replace(/-+/g, "-")
      .replace(/^[.-]+/, "")
      .slice(0, 80)
      .replace(/[.-]+$/, "") || fallback;
  return `${base}.${extension}`;
}

export function contentDisposition(title: string, fileName: string) {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(title.slice(0, 120))}${encodeURIComponent(fileName.slice(fileName.lastIndexOf(".")))}`;
}
