import type { Translate } from './types';

/** The default translator: English templates with `{0}` placeholders filled in. */
export const formatMessage: Translate = (template, ...args) =>
  template.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
