import { z } from 'zod';
import { EDGE_KINDS } from './kinds';

// Unknown keys are stripped (zod's default), so hostile keys such as `__proto__` never reach the graph.
const text = z.string().max(50_000_000);
const name = z.string().max(10_000);
const aliases = z.array(name).max(10_000);
const position = { x: z.number().finite().optional(), y: z.number().finite().optional() };

export const evidenceSchema = z.object({
  article: name,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const sourceFields = { anonymous: z.boolean(), role: name.optional() };

export const nodeAttributesSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    label: name,
    aliases,
    title: name,
    outlet: name,
    url: name.optional(),
    publishedAt: name.optional(),
    author: name.optional(),
    text,
    summary: z.boolean().optional(),
    ...position,
  }),
  z.object({ kind: z.literal('outlet'), label: name, aliases, domain: name.optional(), ...position }),
  z.object({ kind: z.literal('person'), label: name, aliases, ...sourceFields, ...position }),
  z.object({ kind: z.literal('organization'), label: name, aliases, ...sourceFields, ...position }),
  z.object({ kind: z.literal('document'), label: name, aliases, description: text, ...position }),
  z.object({ kind: z.literal('claim'), label: name, aliases, text, ...position }),
]);

export const edgeAttributesSchema = z.object({
  kind: z.enum(EDGE_KINDS),
  evidence: z.array(evidenceSchema).max(1_000_000),
  cue: name.optional(),
  confidence: z.number().min(0).max(1).optional(),
  href: name.optional(),
});

export const serializedGraphSchema = z.object({
  attributes: z.object({ name: name.optional() }).optional(),
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).partial().optional(),
  nodes: z.array(z.object({ key: name, attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: name.optional(),
      source: name,
      target: name,
      attributes: edgeAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});

export type SerializedSourcetraceGraph = z.infer<typeof serializedGraphSchema>;
