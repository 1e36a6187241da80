"use client";

export function WorkspaceSwitcher({ current, workspaces }: { current: { id: string; name: string }; workspaces: { id: string; name: string }[] }) {
  return (
    <label className="block text-xs font-medium text-slate-600 dark:text-slate-400">
      Workspace
      <select
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
        value={current.id}
        onChange={(e) => {
          document.cookie = `ts_workspace=${e.target.value}; Path=/; SameSite=Lax; Max-Age=31536000`;
          window.location.assign("/");
        }}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
