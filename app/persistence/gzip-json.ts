/**
 * JSON through the platform's gzip (CompressionStream, native in browsers and Node). For records that
 * repeat themselves a lot: the search record of a 10,000-article workspace is 6.9 MB as JSON (claims carry
 * every wording of themselves as aliases) and 0.5 MB gzipped.
 */

async function through(bytes: BlobPart, stream: GenericTransformStream): Promise<Response> {
  return new Response(new Blob([bytes]).stream().pipeThrough(stream));
}

export async function gzipJson(value: unknown): Promise<ArrayBuffer> {
  return (await through(JSON.stringify(value), new CompressionStream('gzip'))).arrayBuffer();
}

/** The value gzipJson wrote; throws on bytes that are not gzip or not JSON. */
export async function gunzipJson(bytes: ArrayBuffer): Promise<unknown> {
  return JSON.parse(await (await through(bytes, new DecompressionStream('gzip'))).text());
}
