import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';

/** The product mark; links home. */
export function Logo() {
  return (
    <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label="Sextant home">
      <Group gap={8} wrap="nowrap">
        <img src="/favicon.svg" width={26} height={26} alt="" />
        <Text fw={700} size="lg">
          Sextant
        </Text>
      </Group>
    </Link>
  );
}
