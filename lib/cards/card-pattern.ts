// Background patterns. Grid and diagonal are CSS gradients satori draws natively; dots and waves
// are repeated SVG tiles, because satori ignores a positioned radial-gradient and has no curves.
import type { ThemeFields } from "@/lib/themes/model";

function svgTile(width: number, height: number, body: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  return `url("data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}")`;
}

export function patternStyle(theme: ThemeFields): Record<string, string> {
  const c = theme.patternColor;
  switch (theme.backgroundPattern) {
    case "dots":
      return { backgroundImage: svgTile(40, 40, `<circle cx="20" cy="20" r="3.5" fill="${c}"/>`), backgroundSize: "40px 40px", backgroundRepeat: "repeat" };
    case "waves":
      return { backgroundImage: svgTile(120, 44, `<path d="M0 22 Q30 10 60 22 T120 22" fill="none" stroke="${c}" stroke-width="2"/>`), backgroundSize: "120px 44px", backgroundRepeat: "repeat" };
    case "grid":
      return { backgroundImage: `linear-gradient(${c} 2px, transparent 2px), linear-gradient(90deg, ${c} 2px, transparent 2px)`, backgroundSize: "60px 60px" };
    case "diagonal":
      return { backgroundImage: `repeating-linear-gradient(45deg, ${c} 0px, ${c} 2px, transparent 2px, transparent 28px)` };
    default:
      return {};
  }
}
