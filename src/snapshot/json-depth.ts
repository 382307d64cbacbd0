/**
 * True when `value` nests at most `max` arrays or objects deep. Iterative, so it answers for any depth
 * that JSON.parse accepts (V8 parses far deeper than its recursive JSON.stringify can write back).
 */
export function jsonDepthAtMost(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}
