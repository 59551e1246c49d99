import { open, type FileHandle } from 'node:fs/promises';

/**
 * Writes a file in pieces with one buffer of bounded size, so a build's largest file is never
 * one string (V8 caps a string at about 512 MB, and holding it is the memory peak).
 */
export class ChunkedWriter {
  private buffer: string[] = [];
  private size = 0;
  private closed = false;

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<ChunkedWriter> {
    return new ChunkedWriter(await open(path, 'w'));
  }

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    await this.file.write(text);
  }

  /** Flushes and closes; closing again does nothing (a run that failed after finishing part of its work). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
    await this.file.close();
  }
}

/** A JSON array written element by element: the same bytes as JSON.stringify of the whole array. */
export class JsonArrayWriter {
  private first = true;

  private constructor(private readonly out: ChunkedWriter) {}

  static async create(path: string): Promise<JsonArrayWriter> {
    const out = await ChunkedWriter.create(path);
    await out.write('[');
    return new JsonArrayWriter(out);
  }

  /** one element already serialised */
  async raw(json: string): Promise<void> {
    await this.out.write(this.first ? json : `,${json}`);
    this.first = false;
  }

  async add(value: unknown): Promise<void> {
    await this.raw(JSON.stringify(value));
  }

  async close(): Promise<void> {
    await this.out.write(']');
    await this.out.close();
  }
}
