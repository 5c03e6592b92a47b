"""Contracts every layer shares: the frames' schema, config, errors, rules, guidance, people
and the plain result objects. Imports nothing from the rest of chat-audit."""
