/** The GEXF 1.3 RELAX NG grammar in ../shared. */
export const GEXF_RNG: string;
/** True when xmllint is installed; tests that need it are skipped (and say so) otherwise. */
export const hasXmllint: boolean;
/** True when python3 can import networkx. */
export const hasNetworkx: boolean;
/** Validates GEXF text against the 1.3 grammar; returns xmllint's complaint, or "" when valid. */
export function gexfErrors(text: string): string;
export function gexfFileErrors(file: string): string;
