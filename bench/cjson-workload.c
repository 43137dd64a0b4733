/* SPDX-License-Identifier: 0BSD */
/* The cJSON workload of make bench: reads a JSON document from standard
 * input, parses it, prints it formatted and unformatted, parses the
 * formatted text again and compares the two trees, and writes the
 * unformatted text to standard output, so that every build of the library
 * can be checked to give the same answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cJSON.h"

static char *read_all(FILE *f)
{
	size_t size = 0, capacity = 1 << 16;
	char *text = malloc(capacity);
	size_t got;

	while (text && (got = fread(text + size, 1, capacity - size - 1, f)) > 0) {
		size += got;
		if (capacity - size == 1) {
			char *bigger = realloc(text, capacity * 2);
			if (!bigger)
				free(text);
			text = bigger;
			capacity *= 2;
		}
	}
	if (text)
		text[size] = '\0';
	return text;
}

int main(void)
{
	char *text = read_all(stdin);
	cJSON *tree, *again;
	char *formatted, *unformatted;
	int same;

	if (!text || !(tree = cJSON_Parse(text)))
		return 1;
	formatted = cJSON_Print(tree);
	unformatted = cJSON_PrintUnformatted(tree);
	if (!formatted || !unformatted || !(again = cJSON_Parse(formatted)))
		return 1;
	same = cJSON_Compare(tree, again, 1);
	cJSON_Minify(text);
	fputs(unformatted, stdout);
	cJSON_free(formatted);
	cJSON_free(unformatted);
	cJSON_Delete(again);
	cJSON_Delete(tree);
	free(text);
	return same ? 0 : 1;
}
