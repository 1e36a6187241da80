import type { ThemeFields } from "@/lib/themes/model";

const patterns: Record<string, (c: string) => React.CSSProperties> = {
  none: () => ({}),
  dots: (c) => ({ backgroundImage: `radial-gradient(circle at 2px 2px, ${c} 2px, transparent 0)`, backgroundSize: "12px 12px" }),
  grid: (c) => ({ backgroundImage: `linear-gradient(${c} 1px, transparent 1px), linear-gradient(90deg, ${c} 1px, transparent 1px)`, backgroundSize: "20px 20px" }),
  diagonal: (c) => ({ backgroundImage: `repeating-linear-gradient(45deg, ${c} 0px, ${c} 1px, transparent 1px, transparent 10px)` }),
  waves: (c) => ({ backgroundImage: `radial-gradient(circle at 50% 120%, ${c} 30%, transparent 31%)`, backgroundSize: "40px 20px" }),
};

/** The quote card's layout in CSS, so the preview follows every keystroke (the PNG uses the same rules). */
export function CardPreview({ theme, quote, speaker }: { theme: ThemeFields; quote: string; speaker: string }) {
  return (
    <figure
      data-testid="card-preview"
      aria-label="Quote card preview"
      className="relative flex aspect-square w-full flex-col justify-center overflow-hidden rounded-xl p-[10%] shadow-sm"
      style={{ backgroundColor: theme.backgroundColor, color: theme.textColor, fontFamily: theme.fontFamily, ...patterns[theme.backgroundPattern](theme.patternColor) }}
    >
      {theme.showCornerBrackets && (
        <>
          <span aria-hidden className="absolute left-[5%] top-[5%] h-[6%] w-[6%] border-l-4 border-t-4" style={{ borderColor: theme.accentColor }} />
          <span aria-hidden className="absolute bottom-[5%] right-[5%] h-[6%] w-[6%] border-b-4 border-r-4" style={{ borderColor: theme.accentColor }} />
        </>
      )}
      {theme.showAccentLine && <span aria-hidden className="mb-4 block h-1.5 w-16" style={{ backgroundColor: theme.accentColor }} />}
      <blockquote className="text-xl font-bold leading-snug sm:text-2xl">“{quote}”</blockquote>
      <figcaption className="mt-4 text-sm" style={{ color: theme.accentColor }}>
        {speaker}
      </figcaption>
      {theme.customWatermarkText && <span className="absolute bottom-[5%] left-[10%] text-xs opacity-60">{theme.customWatermarkText}</span>}
    </figure>
  );
}
