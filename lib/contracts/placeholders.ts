// A client-safe rule without zod: the chat widget imports it, and its bundle stays small.

/** Fills a saved reply's placeholders: {{customer.name}}, {{customer.firstName}}, {{agent.name}}. */
export function fillPlaceholders(body: string, vars: { customerName: string; agentName: string }): string {
  const firstName = vars.customerName.split(/\s+/)[0] ?? vars.customerName;
  return body
    .replaceAll("{{customer.name}}", vars.customerName)
    .replaceAll("{{customer.firstName}}", firstName)
    .replaceAll("{{agent.name}}", vars.agentName);
}
