// satori takes React-element-shaped objects; building them directly avoids JSX in lib/.
export interface CardNode {
  type: string;
  props: { style?: Record<string, unknown>; children?: CardChild | CardChild[] } & Record<string, unknown>;
}
export type CardChild = CardNode | string | null;

export const el = (type: string, style: Record<string, unknown>, children?: CardChild | CardChild[], extra: Record<string, unknown> = {}): CardNode => ({
  type,
  props: { ...extra, style, children: Array.isArray(children) ? children.filter((c) => c !== null) : children },
});
