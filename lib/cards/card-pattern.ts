// Background patterns. Dots, grid and diagonal are CSS gradients satori draws natively; waves
// need curves, so they are a repeated SVG tile.
import type { ThemeFields } from "@/lib/themes/model";

export function patternStyle(theme: ThemeFields): Record<string, string> {
  const c = theme.patternColor;
  switch (theme.backgroundPattern) {
    case "dots":
      return { backgroundImage: `radial-gradient(circle at 3px 3px, ${c} 3px, transparent 0)`, backgroundSize: "40px 40px" };
    case "grid":
      return { backgroundImage: `linear-gradient(${c} 2px, transparent 2px), linear-gradient(90deg, ${c} 2px, transparent 2px)`, backgroundSize: "60px 60px" };
    case "waves":
      return { backgroundImage: wavesTile(c), backgroundSize: "120px 44px", backgroundRepeat: "repeat" };
    case "diagonal":
      return { backgroundImage: `repeating-linear-gradient(45deg, ${c} 0px, ${c} 2px, transparent 2px, transparent 28px)` };
    default:
      return {};
  }
}

/** One tile of waves; satori repeats an SVG data URL background like a browser does. */
function wavesTile(color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="44" viewBox="0 0 120 44"><path d="M0 22 Q30 10 60 22 T120 22" fill="none" stroke="${color}" stroke-width="2"/></svg>`;
  return `url("data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}")`;
}
