import type { Finding } from '../src/core';

export type Family = 'human' | 'translated';
export type Origin = 'hand-written' | 'generated';
export interface CleanPost {
  file: string;
  family: Family;
  origin: Origin;
  text: string;
}
export interface FalseAlarm {
  line: number;
  rule: string;
  message: string;
  text: string;
}
export interface PostResult {
  file: string;
  family: Family;
  origin: Origin;
  findings: FalseAlarm[];
}
export interface FamilyRate {
  posts: number;
  findings: number;
  postsWithFindings: number;
  per100: number;
}

export function cleanPosts(dir: string): CleanPost[];
export function measure(posts: CleanPost[], lint: (text: string) => { findings: Finding[] }, artifactRules: ReadonlySet<string>): PostResult[];
export function rates(results: PostResult[]): Partial<Record<Family, FamilyRate>>;
export function rates(results: PostResult[], keyOf: (result: PostResult) => string): Record<string, FamilyRate>;
export const SHAPES: Record<string, (text: string) => boolean>;
export function census(posts: CleanPost[]): Record<string, Record<Family, number>>;
