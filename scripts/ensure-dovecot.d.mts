export const DOVECOT_PATH: string;
export function ensureDovecot(): void;
