export const documentFormats = ["pdf", "docx", "md"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentContentTypes: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
};
