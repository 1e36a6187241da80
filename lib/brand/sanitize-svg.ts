/**
 * Strips what makes an SVG active: scripts, foreign objects, event handlers, and any href that
 * is not an in-document fragment or an inline raster image. The logo is also served with a
 * CSP that forbids scripts, so this is the second of two locks.
 */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<!DOCTYPE[\s\S]*?>/gi, "")
    .replace(/<!ENTITY[\s\S]*?>/gi, "")
    .replace(/<script[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<script[^>]*\/>/gi, "")
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, "")
    .replace(/<(iframe|embed|object|audio|video|animate|set)[\s\S]*?(<\/\1\s*>|\/>)/gi, "")
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/\s+(xlink:)?href\s*=\s*("|')(?!#|data:image\/(png|jpeg|webp);)[^"']*\2/gi, "")
    .replace(/javascript:/gi, "");
}
