import { Transform, type TransformCallback } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { sniffMedia } from "@/lib/media/sniff-media";

const SNIFF_BYTES = 4100;

/** Counts bytes, enforces the size limit and checks the sniffed type before passing data on. */
export class GuardedStream extends Transform {
  bytes = 0;
  mime: string | null = null;
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(new ApiError("payload_too_large", `The file is larger than your plan's upload limit of ${Math.round(this.maxBytes / 1024 / 1024)} MB.`));
    if (this.mime) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    this.release(done);
  }

  _flush(done: TransformCallback) {
    if (this.mime || this.headBytes === 0) return done();
    this.release(done);
  }

  private release(done: TransformCallback) {
    const head = Buffer.concat(this.head);
    sniffMedia(head).then(
      (mime) => {
        if (!mime) return done(new ApiError("unsupported_media_type", "That file is not audio or video Talksmith can read. Upload mp3, m4a, wav, ogg, webm, mp4 or flac."));
        this.mime = mime;
        this.head = [];
        done(null, head);
      },
      (error: Error) => done(error),
    );
  }
}

