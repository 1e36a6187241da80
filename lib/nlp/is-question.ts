// Questions in punctuated text end with "?"; in ASR output they are recognised by how they open.
const WH = /^(how|what|why|when|where|which|whose)\s+(do|does|did|is|are|was|were|can|could|should|would|will|have|has|much|many|long|fast|often|if|about|happens|kind|sort|else)\b/i;
const WHO = /^who\s+(do|does|did|is|are|can|should|will|decides|owns|approves|signs|pays|handles|gets|makes|takes)\b/i;
const AUX = /^(do|does|did|is|are|was|were|can|could|should|would|will|have|has|shall|may)\s+(i|you|we|they|he|she|it|there|the|this|that|my|our|your|a|an|anyone|someone)\b/i;

export function isQuestion(text: string) {
  const t = text.trim().replace(/^(so|and|but|okay|ok|well|um|uh)\s+/i, "");
  if (/\?["')]?$/.test(t)) return true;
  if (/[.!]["')]?$/.test(t)) return false;
  return WH.test(t) || WHO.test(t) || AUX.test(t);
}
