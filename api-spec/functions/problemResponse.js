// House rule: an error response (4xx, 5xx, default) is application/problem+json and nothing else, with the schema
// `$ref: '#/components/schemas/Problem'`. Runs on the unresolved document, so that a $ref to the schema can be
// told from a copy of it; a $ref to a shared response is followed within the document.
const RESPONSES = '#/components/responses/';
const PROBLEM = '#/components/schemas/Problem';
const MEDIA_TYPE = 'application/problem+json';

export default (response, _options, context) => {
  const data = context.document.data;
  let target = response;
  const seen = new Set();
  while (target && typeof target.$ref === 'string') {
    const ref = target.$ref;
    if (!ref.startsWith(RESPONSES) || seen.has(ref)) {
      return [{ message: `${ref} is not a response in ${RESPONSES}` }];
    }
    seen.add(ref);
    target = ((data.components || {}).responses || {})[ref.slice(RESPONSES.length)];
  }
  if (!target) {
    return [{ message: `the response ${[...seen].pop()} does not exist` }];
  }
  const types = Object.keys(target.content || {});
  if (types.length !== 1 || types[0] !== MEDIA_TYPE) {
    return [{ message: `an error response must be ${MEDIA_TYPE} only, not ${types.join(', ') || 'without a body'}` }];
  }
  const schema = target.content[MEDIA_TYPE].schema || {};
  if (schema.$ref !== PROBLEM) {
    return [{ message: `an error response's schema must be $ref: '${PROBLEM}'` }];
  }
  return [];
};
