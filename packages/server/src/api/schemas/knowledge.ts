import Type from 'typebox';
import { QUESTION_PRIORITIES, QUESTION_STATUSES } from '../../knowledge/knowledge-types.js';
import { Nullable } from './common.js';
import {
  CREATE_FIELDS,
  EDITABLE_FIELDS,
  InputId,
  InputText,
  RESOURCE_ANSWER_FIELDS,
  TypedListQuerySchema,
} from './resource.js';

const Status = Type.Union(QUESTION_STATUSES.map((value) => Type.Literal(value)));
const Priority = Type.Union(QUESTION_PRIORITIES.map((value) => Type.Literal(value)));
const Icon = Nullable(InputText({ maxLength: 200 }));

/** Each knowledge type's own fields: in its answer, and (optional) in its create and patch bodies. */
const OWN_FIELDS = {
  glossary: {
    answer: { synonyms: Type.Array(Type.String(), { description: 'Other names the term goes by.' }) },
    input: {
      synonyms: Type.Optional(Type.Array(InputText({ minLength: 1, maxLength: 200 }), { maxItems: 100 })),
    },
  },
  term_group: { answer: { icon: Nullable(Type.String()) }, input: { icon: Type.Optional(Icon) } },
  document: { answer: { icon: Nullable(Type.String()) }, input: { icon: Type.Optional(Icon) } },
  question: {
    answer: {
      status: Type.String({ description: 'open, answered or closed.' }),
      priority: Type.String({ description: 'low, medium or high.' }),
      assigned_to: Nullable(Type.String({ description: 'Id of the user asked to answer.' })),
      resource_id: Nullable(Type.String({ description: 'Id of the resource the question is about.' })),
      subscribers: Type.Array(Type.String(), {
        description: 'Ids of the users told about replies and accepted answers.',
      }),
    },
    input: {
      status: Type.Optional(Status),
      priority: Type.Optional(Priority),
      assigned_to: Type.Optional(Nullable(InputId)),
      resource_id: Type.Optional(Nullable(InputId)),
      subscribers: Type.Optional(Type.Array(InputId, { maxItems: 200, description: 'Adds subscribers.' })),
    },
  },
  reply: {
    answer: { accepted_answer: Type.Boolean() },
    input: {
      accepted_answer: Type.Optional(
        Type.Boolean({
          description: 'true: this reply answers its question (the question becomes answered).',
        }),
      ),
    },
  },
} as const;

export type KnowledgeSchemaType = keyof typeof OWN_FIELDS;

export function knowledgeItemSchema(entityType: KnowledgeSchemaType) {
  return Type.Object({ ...RESOURCE_ANSWER_FIELDS, ...OWN_FIELDS[entityType].answer });
}

export function knowledgeCreateSchema(entityType: KnowledgeSchemaType) {
  return Type.Object(
    { ...CREATE_FIELDS, ...OWN_FIELDS[entityType].input },
    {
      additionalProperties: false,
      description:
        'published: false makes a draft (hidden from viewers). parent: a term group for terms and groups, a ' +
        'document for documents, the question for replies (required).',
    },
  );
}

export function knowledgePatchSchema(entityType: KnowledgeSchemaType) {
  return Type.Object(
    {
      ...EDITABLE_FIELDS,
      title: Type.Optional(InputText({ minLength: 1, maxLength: 1000 })),
      archived: Type.Optional(Type.Boolean()),
      parent: Type.Optional(Nullable(InputId)),
      ...OWN_FIELDS[entityType].input,
    },
    {
      additionalProperties: false,
      minProperties: 1,
      description: 'parent moves the item under another of an allowed type (null: to the top level).',
    },
  );
}

export const KnowledgeListQuerySchema = Type.Object({
  ...TypedListQuerySchema.properties,
  status: Type.Optional(Status),
  resource_id: Type.Optional(InputId),
});

export const RelatedResourceParamsSchema = Type.Object({ id: InputId, related_id: InputId });
export const RelateBodySchema = Type.Object(
  { resource_id: InputId },
  { additionalProperties: false, description: 'The resource to relate (the link reads both ways).' },
);
export const RelatedResourceSchema = Type.Object({
  ...RESOURCE_ANSWER_FIELDS,
  relation: Type.Object({
    origin: Type.String({ description: 'manual, or mention (a document’s text links to the resource).' }),
    created_at: Type.String(),
  }),
});

export const InboxNotificationSchema = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'question_reply or answer_accepted.' }),
  resource_id: Nullable(Type.String()),
  text: Type.String(),
  read_at: Nullable(Type.String()),
  created_at: Type.String(),
});

export const InboxMarkSchema = Type.Object(
  { read: Type.Boolean({ description: 'true: read now; false: unread again' }) },
  { additionalProperties: false },
);

export const InboxMarkAllSchema = Type.Object(
  {
    ids: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        maxItems: 1000,
        description: 'notification ids; without them (`{}`), every unread notification of yours',
      }),
    ),
  },
  { additionalProperties: false },
);

export const InboxMarkAllAnswerSchema = Type.Object({
  updated: Type.Integer({ description: 'how many notifications were unread and are read now' }),
});
