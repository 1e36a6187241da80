"use client";
import { useEffect, useState } from "react";

export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  const toggle = () => {
    const next = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", next);
    localStorage.setItem("theme", next ? "dark" : "light");
    setDark(next);
  };
  return (
    <button type="button" onClick={toggle} aria-pressed={dark ?? false} className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium dark:border-slate-700">
      {dark ? "Dark" : "Light"} mode
    </button>
  );
}
