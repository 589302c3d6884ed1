import type { SeededRandom } from './seeded-random.js';

/** A pool with O(1) add, remove and random pick. */
export class Pool {
  private readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  get size(): number {
    return this.items.length;
  }
  add(item: string): void {
    this.index.set(item, this.items.length);
    this.items.push(item);
  }
  has(item: string): boolean {
    return this.index.has(item);
  }
  remove(item: string): void {
    const at = this.index.get(item);
    if (at === undefined) return;
    const last = this.items.pop() as string;
    this.index.delete(item);
    if (last !== item) {
      this.items[at] = last;
      this.index.set(last, at);
    }
  }
  values(): readonly string[] {
    return this.items;
  }
  pick(random: SeededRandom): string | undefined {
    return this.items.length === 0 ? undefined : this.items[Math.floor(random.next() * this.items.length)];
  }
}
