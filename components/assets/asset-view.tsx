import type { AssetDocument, Block } from "@/lib/documents/model";

const letters = "ABCDEFGH";

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "heading": {
      const cls = block.level === 1 ? "text-xl font-semibold" : block.level === 2 ? "mt-4 text-lg font-semibold" : "mt-3 font-semibold";
      return block.level === 1 ? <h3 className={cls}>{block.text}</h3> : block.level === 2 ? <h4 className={cls}>{block.text}</h4> : <h5 className={cls}>{block.text}</h5>;
    }
    case "paragraph":
      return <p className="whitespace-pre-line">{block.text}</p>;
    case "bullets":
      return <ul className="list-disc space-y-1 pl-5">{block.items.map((item, i) => <li key={i}>{item}</li>)}</ul>;
    case "steps":
      return <ol className="list-decimal space-y-1 pl-5">{block.items.map((item, i) => <li key={i}>{item}</li>)}</ol>;
    case "checklist":
      return (
        <ul className="space-y-1">
          {block.items.map((item, i) => (
            <li key={i} className="flex gap-2">
              <span aria-hidden>{item.checked ? "☑" : "☐"}</span>
              {item.text}
            </li>
          ))}
        </ul>
      );
    case "quiz":
      return (
        <ol className="list-decimal space-y-3 pl-5">
          {block.questions.map((q, i) => (
            <li key={i}>
              <p className="font-medium">{q.question}</p>
              <ul className="mt-1 space-y-0.5">
                {q.choices.map((c, j) => (
                  <li key={j} className={j === q.answerIndex ? "font-medium text-emerald-800 dark:text-emerald-300" : ""}>
                    {letters[j]}. {c} {j === q.answerIndex ? <span className="sr-only">(correct answer)</span> : null}
                    {j === q.answerIndex ? <span aria-hidden> ✓</span> : null}
                  </li>
                ))}
              </ul>
              {q.explanation ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{q.explanation}</p> : null}
            </li>
          ))}
        </ol>
      );
    case "glossary":
      return (
        <dl className="space-y-2">
          {block.terms.map((t, i) => (
            <div key={i}>
              <dt className="font-semibold">{t.term}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{t.definition}</dd>
            </div>
          ))}
        </dl>
      );
    case "faq":
      return (
        <div className="space-y-3">
          {block.items.map((f, i) => (
            <div key={i}>
              <p className="font-semibold">{f.question}</p>
              <p>{f.answer}</p>
            </div>
          ))}
        </div>
      );
    case "table":
      return (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>{block.columns.map((c, i) => <th key={i} scope="col" className="border border-slate-300 px-2 py-1 text-left dark:border-slate-700">{c}</th>)}</tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>{row.map((cell, j) => <td key={j} className="border border-slate-300 px-2 py-1 dark:border-slate-700">{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "quote":
      return (
        <blockquote className="border-l-4 border-brand-600 pl-4 italic">
          “{block.text}”{block.speaker ? <footer className="mt-1 not-italic text-sm text-slate-600 dark:text-slate-400">— {block.speaker}</footer> : null}
        </blockquote>
      );
    case "callout":
      return <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100">{block.text}</p>;
  }
}

export function AssetView({ doc }: { doc: AssetDocument }) {
  return (
    <article className="space-y-3 text-sm leading-relaxed">
      {doc.subtitle ? <p className="text-slate-600 dark:text-slate-400">{doc.subtitle}</p> : null}
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
