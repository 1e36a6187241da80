"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { studioNav } from "./nav";
import { ThemeToggle } from "./theme-toggle";
import { WorkspaceSwitcher } from "./workspace-switcher";

interface Props {
  workspace: { id: string; name: string; plan: string };
  workspaces: { id: string; name: string }[];
  user: { name: string; role: string };
  children: React.ReactNode;
}

const planBadge: Record<string, string> = {
  free: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  pro: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  studio: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
};

export function StudioShell({ workspace, workspaces, user, children }: Props) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isActive = (href: string) => (href === "/" ? pathname === "/" || pathname.startsWith("/sessions") : pathname.startsWith(href));
  let lastGroup: string | undefined;

  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to content
      </a>
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden dark:border-slate-800 dark:bg-slate-900">
        <Link href="/" className="flex items-center gap-2 font-semibold">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">T</span>
          Talksmith
        </Link>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="studio-nav"
          onClick={() => setOpen((o) => !o)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          Menu
        </button>
      </header>
      <aside
        id="studio-nav"
        className={`${open ? "block" : "hidden"} border-b border-slate-200 bg-white lg:sticky lg:top-0 lg:block lg:h-screen lg:border-b-0 lg:border-r dark:border-slate-800 dark:bg-slate-900`}
      >
        <div className="flex h-full flex-col gap-4 p-4">
          <Link href="/" className="hidden items-center gap-2 text-lg font-semibold lg:flex">
            <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-white">T</span>
            Talksmith
          </Link>
          <WorkspaceSwitcher current={workspace} workspaces={workspaces} />
          <nav aria-label="Studio" className="flex-1">
            <ul className="space-y-0.5">
              {studioNav.map((item) => {
                const group = "group" in item ? item.group : undefined;
                const heading = group && group !== lastGroup ? group : null;
                lastGroup = group;
                return (
                  <li key={item.href}>
                    {heading && <p className="mt-4 mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{heading}</p>}
                    <Link
                      href={item.href}
                      onClick={() => setOpen(false)}
                      aria-current={isActive(item.href) ? "page" : undefined}
                      className={`block rounded-md px-3 py-2 text-sm font-medium ${
                        isActive(item.href)
                          ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white"
                          : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                      }`}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
            <div className="flex items-center justify-between gap-2">
              <div className="min-w-0">
                <p className="truncate text-sm font-medium">{user.name}</p>
                <p className="text-xs capitalize text-slate-600 dark:text-slate-400">{user.role}</p>
              </div>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${planBadge[workspace.plan] ?? planBadge.free}`}>{workspace.plan}</span>
            </div>
            <div className="flex items-center justify-between">
              <ThemeToggle />
              <form method="post" action="/api/auth/local/sign-out">
                <button type="submit" className="text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
                  Sign out
                </button>
              </form>
            </div>
          </div>
        </div>
      </aside>
      <main id="main" className="min-w-0 p-4 sm:p-6 lg:p-8">
        {children}
      </main>
    </div>
  );
}
