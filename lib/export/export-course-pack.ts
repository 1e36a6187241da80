// The Course Pack: a ZIP streamed while it is built. Each file is rendered, added and
// flushed before the next, so memory stays flat however large the kit or the audio.
import { createHash } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { getBlobStore } from "@/lib/storage";
import { getBrandForDocuments } from "@/lib/brand/get-brand-for-documents";
import { getDefaultTheme } from "@/lib/themes/get-default-theme";
import { renderJobAsset, type AssetFormat } from "@/lib/assets/render-job-asset";
import { contentDisposition, safeFileName } from "@/lib/assets/safe-file-name";
import { renderTranscript, type TranscriptFormat } from "@/lib/transcripts/formats";
import type { Segment } from "@/lib/transcripts/model";
import { getJobOrThrow } from "@/lib/jobs/get-job-or-throw";

export const exportQuery = z.object({ includeAudio: z.enum(["0", "1", "true", "false"]).default("0") });

interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
  kind: "asset" | "transcript" | "quote_card" | "audio";
  assetId?: string;
  format?: string;
}

export async function exportCoursePack(workspaceId: string, jobId: number, query: z.infer<typeof exportQuery>): Promise<Response> {
  const job = await getJobOrThrow(workspaceId, jobId);
  const kit = await db.kit.findFirst({ where: { jobId: job.id }, orderBy: { createdAt: "desc" }, include: { assets: { orderBy: { position: "asc" } } } });
  if (!kit) throw new ApiError("invalid_state", "This job has no kit yet: generate one (POST /jobs/{id}/generate-kit) before exporting the Course Pack.");
  const includeAudio = query.includeAudio === "1" || query.includeAudio === "true";
  const [{ brand }, theme, transcript] = await Promise.all([
    getBrandForDocuments(workspaceId),
    getDefaultTheme(workspaceId),
    db.transcript.findUnique({ where: { jobId: job.id }, include: { segments: { orderBy: { position: "asc" } } } }),
  ]);

  const archive = new ZipArchive({ zlib: { level: 6 } });
  const files: ManifestFile[] = [];
  const added = () => new Promise<void>((resolve) => archive.once("entry", () => resolve()));
  const addBuffer = async (path: string, body: Buffer, meta: Omit<ManifestFile, "path" | "sha256" | "bytes">) => {
    files.push({ path, sha256: createHash("sha256").update(body).digest("hex"), bytes: body.length, ...meta });
    const done = added();
    archive.append(body, { name: path });
    await done;
  };

  const build = async () => {
    const visible = kit.assets.filter((a) => a.status !== "discarded");
    for (const [i, asset] of visible.entries()) {
      const base = `${String(i + 1).padStart(2, "0")}-${safeFileName(asset.title, "x").slice(0, -2)}`;
      const formats: AssetFormat[] = asset.type === "quote_card" ? ["png", "pdf", "docx", "md"] : ["pdf", "docx", "md"];
      for (const format of formats) {
        const file = await renderJobAsset(asset, format, brand, theme);
        const dir = format === "png" ? "quote-cards" : "assets";
        await addBuffer(`${dir}/${base}.${file.extension}`, file.body, { kind: format === "png" ? "quote_card" : "asset", assetId: asset.id, format });
      }
    }
    if (transcript) {
      const data = { language: transcript.language, provider: transcript.provider, durationSec: transcript.durationSec, segments: transcript.segments.map((s) => ({ start: s.start, end: s.end, text: s.text, speaker: s.speaker, words: s.words as unknown as Segment["words"] })) };
      for (const format of ["txt", "srt", "vtt", "json"] as TranscriptFormat[]) {
        await addBuffer(`transcript/transcript.${format}`, Buffer.from(renderTranscript(format, data)), { kind: "transcript", format });
      }
    }
    if (includeAudio && job.audioBlobKey) {
      const info = await getBlobStore().stat(job.audioBlobKey);
      if (info) {
        const hash = createHash("sha256");
        const tap = new PassThrough();
        tap.on("data", (c: Buffer) => hash.update(c));
        const source = await getBlobStore().get(job.audioBlobKey);
        const name = `audio/${safeFileName(job.audioFileName?.replace(/\.[^.]+$/, "") ?? "recording", job.audioFileName?.split(".").pop() ?? "audio")}`;
        const done = added();
        archive.append(source.pipe(tap), { name, store: true });
        await done;
        files.push({ path: name, sha256: hash.digest("hex"), bytes: info.size, kind: "audio" });
      }
    }
    const manifest = {
      job: { id: job.id, title: job.title, status: job.status, kitId: job.kitId, audience: job.audience, outputLanguage: job.outputLanguage },
      kit: { id: kit.id, kitId: kit.kitKey, name: kit.name, generator: kit.provider, language: kit.language, createdAt: kit.createdAt.toISOString() },
      transcription: transcript ? { provider: transcript.provider, language: transcript.language, durationSec: transcript.durationSec } : null,
      assets: visible.map((a) => ({ id: a.id, type: a.type, title: a.title, status: a.status, files: files.filter((f) => f.assetId === a.id).map((f) => f.path) })),
      files,
      createdAt: new Date().toISOString(),
    };
    archive.append(JSON.stringify(manifest, null, 2), { name: "manifest.json" });
    await archive.finalize();
  };
  build().catch((error: Error) => archive.destroy(error));

  const name = safeFileName(`${job.title} course pack`, "zip");
  return new Response(Readable.toWeb(archive) as ReadableStream, {
    status: 200,
    headers: { "Content-Type": "application/zip", "Content-Disposition": contentDisposition(`${job.title} course pack`, name), "Cache-Control": "private, no-store" },
  });
}
