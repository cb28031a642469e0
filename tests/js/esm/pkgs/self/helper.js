export const helper = "helper via self-reference";
