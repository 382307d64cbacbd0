import type { BuildResult } from './build-protocol';

interface Slot {
  id: number;
  result?: BuildResult;
  children?: Slot[];
}

/**
 * Hands finished task results on in input order, whatever order workers finish them in, so a build
 * is deterministic. A task can split into sub-tasks, which take its place in the order.
 */
export class TaskSequencer {
  private readonly slots = new Map<number, Slot>();
  private readonly root: Slot[] = [];
  private readonly cursor: { list: Slot[]; index: number }[] = [{ list: this.root, index: 0 }];

  constructor(private readonly deliver: (result: BuildResult) => void) {}

  /** Appends a top-level task to the order. */
  add(id: number): void {
    const slot = { id };
    this.slots.set(id, slot);
    this.root.push(slot);
  }

  /** Records a result; `childIds` are the sub-tasks it split into, in order. Delivers what is now ready. */
  complete(result: BuildResult, childIds: number[] = []): void {
    const slot = this.slots.get(result.id);
    if (!slot) return;
    slot.result = result;
    if (childIds.length) {
      slot.children = childIds.map((id) => ({ id }));
      for (const child of slot.children) this.slots.set(child.id, child);
    }
    this.drain();
  }

  get pending(): number {
    return this.slots.size;
  }

  private drain(): void {
    while (this.cursor.length) {
      const top = this.cursor[this.cursor.length - 1]!;
      const slot = top.list[top.index];
      if (!slot) {
        this.cursor.pop();
        continue;
      }
      if (!slot.result) return;
      const result = slot.result;
      slot.result = undefined; // let the article graphs be collected once merged
      this.slots.delete(slot.id);
      top.index++;
      if (slot.children) this.cursor.push({ list: slot.children, index: 0 });
      this.deliver(result);
    }
  }
}
