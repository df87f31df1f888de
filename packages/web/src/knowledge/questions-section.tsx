import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Resource } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { Markdown } from '../components/markdown';
import {
  acceptReply,
  askQuestion,
  fetchQuestion,
  fetchQuestionsAbout,
  fetchReplies,
  postReply,
  type Question,
} from './knowledge-api';

const STATUS_COLOR: Record<string, string> = { open: 'blue', answered: 'green', closed: 'gray' };

interface Abilities {
  /** Editors and admins accept answers. */
  canEdit: boolean;
  /** Viewers and up ask and reply. */
  canAsk: boolean;
}

/** Questions asked about this resource, their replies; viewers ask and reply, editors also accept an answer. */
export function QuestionsSection({ resource, canEdit, canAsk }: { resource: Resource } & Abilities) {
  const questions = useQuery({
    queryKey: ['questions', resource.id],
    queryFn: () => fetchQuestionsAbout(resource.id),
  });
  return (
    <Paper withBorder p="lg" data-testid="questions">
      <Stack gap="sm">
        <Title order={4}>Questions</Title>
        {questions.error && <ErrorAlert error={questions.error} title="Cannot load the questions" />}
        {questions.data?.count === 0 && (
          <Text size="sm" c="dimmed">
            No questions yet.
          </Text>
        )}
        {questions.data?.results.map((question) => (
          <QuestionThread key={question.id} question={question} canEdit={canEdit} canAsk={canAsk} />
        ))}
        {canAsk && <AskForm resourceId={resource.id} />}
      </Stack>
    </Paper>
  );
}

/** On a question's own page: its status, replies, replying (viewers and up) and accepting an answer (editors). */
export function QuestionPageSection({ resource, canEdit, canAsk }: { resource: Resource } & Abilities) {
  const question = useQuery({
    queryKey: ['questions', 'one', resource.id],
    queryFn: () => fetchQuestion(resource.id),
  });
  if (question.error) return <ErrorAlert error={question.error} title="Cannot load the question" />;
  if (!question.data) return null;
  return <QuestionThread question={question.data} canEdit={canEdit} canAsk={canAsk} />;
}

function QuestionThread({ question, canEdit, canAsk }: { question: Question } & Abilities) {
  const replies = useQuery({ queryKey: ['replies', question.id], queryFn: () => fetchReplies(question.id) });
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['replies', question.id] });
    void client.invalidateQueries({ queryKey: ['questions'] });
  };
  const accept = useMutation({ mutationFn: acceptReply, onSuccess: refresh });
  return (
    <Paper withBorder p="sm" data-testid="question">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{question.title}</Text>
          <Badge color={STATUS_COLOR[question.status] ?? 'gray'} data-testid="question-status">
            {question.status}
          </Badge>
        </Group>
        {question.definition && <Markdown source={question.definition} />}
        {accept.error && <ErrorAlert error={accept.error} title="The answer was not accepted" />}
        {[...(replies.data?.results ?? [])].reverse().map((reply) => (
          <Paper key={reply.id} p="xs" bg="var(--mantine-color-default-hover)" data-testid="reply">
            <Group justify="space-between" align="flex-start">
              <Markdown source={reply.definition} />
              {reply.accepted_answer ? (
                <Badge color="green" data-testid="accepted-answer">
                  Accepted answer
                </Badge>
              ) : (
                canEdit && (
                  <Button size="xs" variant="light" onClick={() => accept.mutate(reply.id)}>
                    Accept
                  </Button>
                )
              )}
            </Group>
          </Paper>
        ))}
        {canAsk && <ReplyForm questionId={question.id} onDone={refresh} />}
      </Stack>
    </Paper>
  );
}

function ReplyForm({ questionId, onDone }: { questionId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => postReply(questionId, text),
    onSuccess: () => {
      setText('');
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Reply">
      {send.error && <ErrorAlert error={send.error} title="The reply was not sent" />}
      <Group align="flex-end">
        <Textarea
          label="Your reply"
          autosize
          minRows={1}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button type="submit" loading={send.isPending} disabled={!text.trim()}>
          Reply
        </Button>
      </Group>
    </form>
  );
}

function AskForm({ resourceId }: { resourceId: string }) {
  const [title, setTitle] = useState('');
  const [details, setDetails] = useState('');
  const client = useQueryClient();
  const ask = useMutation({
    mutationFn: () => askQuestion({ title, definition: details, resource_id: resourceId }),
    onSuccess: () => {
      setTitle('');
      setDetails('');
      void client.invalidateQueries({ queryKey: ['questions', resourceId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Ask a question">
      <Stack gap={6}>
        {ask.error && <ErrorAlert error={ask.error} title="The question was not asked" />}
        <TextInput
          label="Ask a question"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label="Details"
          autosize
          minRows={2}
          value={details}
          onChange={(event) => setDetails(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={ask.isPending} disabled={!title.trim()}>
            Ask
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
