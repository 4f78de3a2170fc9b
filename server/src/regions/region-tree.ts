import type { RegionLevel, RegionRef, RegionWithAncestors } from '@xinghuo/shared';
import { REGION_LEVELS } from '@xinghuo/shared';
import type { Region } from './region.entity';

/** Placeholder levels of the dataset (市辖区, 县, 省直辖县级行政区划…) left out of full names. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export interface RegionSearch {
  q: string;
  level?: RegionLevel;
  within?: string;
  limit: number;
}

/**
 * The administrative tree in memory (45 k regions): lookups by code, children, ancestors and a
 * name search for the region picker. Built once per load of the regions, which change rarely.
 */
export class RegionTree {
  readonly byCode: Map<string, Region>;
  private readonly children = new Map<string, Region[]>();

  constructor(regions: Region[]) {
    this.byCode = new Map(regions.map((r) => [r.code, r]));
    for (const r of regions) {
      if (r.parentCode === null) continue;
      const list = this.children.get(r.parentCode);
      if (list) list.push(r);
      else this.children.set(r.parentCode, [r]);
    }
    for (const list of this.children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }

  get size(): number {
    return this.byCode.size;
  }

  childrenOf(code: string): Region[] {
    return this.children.get(code) ?? [];
  }

  /** Root first, the region itself excluded. */
  ancestors(code: string): Region[] {
    const chain: Region[] = [];
    let parent = this.byCode.get(code)?.parentCode ?? null;
    while (parent !== null) {
      const region = this.byCode.get(parent);
      if (!region) break;
      chain.unshift(region);
      parent = region.parentCode;
    }
    return chain;
  }

  /** "河北省 / 唐山市 / 路南区"; the national root and placeholder levels are left out. */
  fullName(code: string): string {
    const region = this.byCode.get(code);
    if (!region) return '';
    if (region.level === 'national') return region.name;
    return [...this.ancestors(code), region]
      .filter((r) => r.level !== 'national' && (r === region || !PLACEHOLDER_NAMES.has(r.name)))
      .map((r) => r.name)
      .join(' / ');
  }

  withAncestors(code: string): RegionWithAncestors | null {
    const region = this.byCode.get(code);
    if (!region) return null;
    const ref = (r: Region): RegionRef => ({ code: r.code, name: r.name, level: r.level });
    return {
      code: region.code,
      name: region.name,
      level: region.level,
      parentCode: region.parentCode,
      ancestors: this.ancestors(code).map(ref),
      fullName: this.fullName(code),
    };
  }

  /** True when `code` is `root` or below it. */
  inSubtree(code: string, root: string): boolean {
    const region = this.byCode.get(code);
    const top = this.byCode.get(root);
    return !!region && !!top && region.path.startsWith(top.path);
  }

  /** The lowest region holding all of them: whose organizers see every one. */
  commonAncestor(codes: string[]): string | null {
    const paths = codes.map((c) => this.byCode.get(c)?.path.split('/').filter(Boolean));
    if (paths.length === 0 || paths.some((p) => !p)) return null;
    const [first, ...rest] = paths as string[][];
    let depth = first!.length;
    for (const p of rest) {
      let i = 0;
      while (i < depth && i < p.length && p[i] === first![i]) i++;
      depth = i;
    }
    return depth > 0 ? first![depth - 1]! : null;
  }

  /**
   * By code prefix (digits) or by a part of the name; exact names first, then names starting
   * with the text, then the rest, higher levels before lower ones.
   */
  search({ q, level, within, limit }: RegionSearch): RegionWithAncestors[] {
    const text = q.trim();
    if (!text) return [];
    const rootPath = within ? this.byCode.get(within)?.path : undefined;
    if (within && rootPath === undefined) return [];
    const byDigits = /^\d+$/.test(text);
    const hits: Array<{ region: Region; rank: number }> = [];
    for (const region of this.byCode.values()) {
      if (level && region.level !== level) continue;
      if (rootPath && !region.path.startsWith(rootPath)) continue;
      let rank: number;
      if (byDigits) {
        if (!region.code.startsWith(text)) continue;
        rank = region.code === text ? 0 : 1;
      } else {
        const at = region.name.indexOf(text);
        if (at < 0) continue;
        rank = region.name === text ? 0 : at === 0 ? 1 : 2;
      }
      hits.push({ region, rank });
    }
    const depth = (r: Region) => REGION_LEVELS.indexOf(r.level);
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        depth(a.region) - depth(b.region) ||
        a.region.code.localeCompare(b.region.code),
    );
    return hits.slice(0, limit).map((h) => this.withAncestors(h.region.code)!);
  }
}
