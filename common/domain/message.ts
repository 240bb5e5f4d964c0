// Interface text decided in common/ or main/ (a checklist reason, a leak finding's advice) crosses
// as an id of the interface catalogs (renderer/src/i18n/messages/) and its values, never as an
// English sentence: the renderer formats it in the interface language, main formats the same
// English catalog where it writes English (errors, the audit log, the command line).

/**
 * A value in a message: user content (a label, a quote) or a number; fixed kinds as their id,
 * chosen by ICU `select`. A value named `language` is a draft language's tag ('ko'): each side
 * names it in its own language.
 */
export type MessageValue = string | number;

export interface Message {
  id: string;
  values?: Readonly<Record<string, MessageValue>>;
}

/** A message descriptor. The id must exist in both catalogs (tests/unit/message-catalogs.test.ts finds every literal id passed here). */
export function message(id: string, values?: Record<string, MessageValue>): Message {
  return values ? { id, values } : { id };
}
