import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** One shared wink-nlp instance (the model loads once, ~1 MB, in memory). */
export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
