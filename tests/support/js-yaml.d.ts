// js-yaml is in node_modules (through electron-builder); the tests read front matter with it,
// as Hugo's and Decap's YAML readers would. Only the one function used is declared.
declare module 'js-yaml' {
  export function load(text: string, options?: { schema?: unknown }): unknown;
}
