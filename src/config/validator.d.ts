/** The config schema's validator, compiled ahead of time by scripts/build.mjs (ajv standalone). */
declare module 'frontlint-config-validator' {
  interface ValidationError {
    keyword: string;
    instancePath: string;
    params: Record<string, unknown>;
    message?: string;
  }
  const validate: ((value: unknown) => boolean) & { errors?: ValidationError[] | null };
  export default validate;
}
