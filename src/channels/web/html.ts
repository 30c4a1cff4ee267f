/** Escaping for text and attribute values in the server-rendered page. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A tel: URI for a number as dialled: '#' and anything else outside the URI grammar is percent-encoded (#8103 -> tel:%238103). */
export function telHref(number: string): string {
  return `tel:${encodeURIComponent(number.replace(/\s+/g, ''))}`;
}
