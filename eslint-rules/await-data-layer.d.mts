import type { Rule } from 'eslint';

export function asyncServerFunctions(): Set<string>;
export function awaitDataLayerRule(names?: Set<string>): Rule.RuleModule;
