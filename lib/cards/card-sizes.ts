export const cardSizes = { square: [1080, 1080], portrait: [1080, 1350], landscape: [1920, 1080] } as const;
export type CardSize = keyof typeof cardSizes;
