"use client";
import { useState } from "react";

export function CopyButton({ text, className = "" }: { text: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={`rounded bg-slate-700 px-2 py-1 text-xs font-medium text-white hover:bg-slate-600 ${className}`}
      onClick={() => void navigator.clipboard?.writeText(text).then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      })}
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}
