using System.Threading.Channels;
using LlmActors.Budgets;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LlmActors.Grains.Spend;

/// <summary>
/// Cluster mode's spend log. <see cref="Record"/> only offers the record to a bounded channel, so a request
/// never waits for the database; one pump per silo drains it in COPY batches, retrying a failed batch while
/// newer records queue (and, once the buffer is full, are dropped and counted). Stopping drains the buffer.
/// </summary>
public sealed partial class PostgresSpendLog : ISpendLog, ISpendStore, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SpendLogOptions _options;
    private readonly ILogger<PostgresSpendLog> _logger;
    private readonly Channel<SpendRecord> _buffer;
    private readonly CancellationTokenSource _abandon = new();
    private Task? _schema;
    private Task? _pump;
    private long _dropped;
    private long _written;

    public PostgresSpendLog(string connectionString, IOptions<SpendLogOptions> options, ILogger<PostgresSpendLog> logger)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _options = options.Value;
        _logger = logger;
        _buffer = Channel.CreateBounded<SpendRecord>(new BoundedChannelOptions(Math.Max(1, _options.BufferCapacity))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public long Written => Interlocked.Read(ref _written);

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(SpendRecord record)
    {
        if (!_buffer.Writer.TryWrite(record) && Interlocked.Increment(ref _dropped) % 1000 == 1)
        {
            LogDropped(Dropped);
        }
    }

    public async Task<IReadOnlyList<SpendRow>> QueryAsync(SpendQuery query, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await PostgresSpendQuery.RunAsync(_dataSource, query, cancellationToken);
    }

    public void Start() => _pump ??= Task.Run(PumpAsync);

    /// <summary>Writes what is buffered; if the database stays unreachable past the token, the rest is abandoned.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _buffer.Writer.TryComplete();
        if (_pump is null)
        {
            return;
        }

        try
        {
            await _pump.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _abandon.CancelAsync();
            await _pump;
        }
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        // ApplicationServices stops after the grains have deactivated, so their last records are still written.
        lifecycle.Subscribe(nameof(PostgresSpendLog), ServiceLifecycleStage.ApplicationServices,
            _ =>
            {
                Start();
                return Task.CompletedTask;
            },
            StopAsync);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StopAsync(timeout.Token);
        await _dataSource.DisposeAsync();
        _abandon.Dispose();
    }

    private async Task PumpAsync()
    {
        var batch = new List<SpendRecord>(_options.BatchSize);
        while (await _buffer.Reader.WaitToReadAsync())
        {
            while (batch.Count < _options.BatchSize && _buffer.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await WriteWithRetryAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteWithRetryAsync(List<SpendRecord> batch)
    {
        while (true)
        {
            try
            {
                await EnsureSchemaAsync(_abandon.Token);
                await PostgresSpendWriter.WriteAsync(_dataSource, batch, _abandon.Token);
                Interlocked.Add(ref _written, batch.Count);
                return;
            }
            catch (Exception e) when (!_abandon.IsCancellationRequested)
            {
                LogRetry(e, batch.Count);
                await PauseAsync();
            }
            catch (Exception e)
            {
                Interlocked.Add(ref _dropped, batch.Count);
                LogAbandoned(e, batch.Count);
                return;
            }
        }
    }

    private async Task PauseAsync()
    {
        try
        {
            await Task.Delay(_options.RetryDelay, _abandon.Token);
        }
        catch (OperationCanceledException)
        {
            // Abandoned while waiting: the next attempt fails fast and the batch is counted as dropped.
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var schema = _schema ??= SpendLogSchema.EnsureAsync(_dataSource, CancellationToken.None);
        try
        {
            await schema.WaitAsync(cancellationToken);
        }
        catch when (schema.IsFaulted)
        {
            // Try again on the next use rather than remember a failure (the database may have been starting).
            _ = Interlocked.CompareExchange(ref _schema, null, schema);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Spend log buffer full: {Dropped} records dropped so far")]
    private partial void LogDropped(long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} spend records failed; retrying")]
    private partial void LogRetry(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shutting down with the database unreachable: {Count} spend records not written")]
    private partial void LogAbandoned(Exception exception, int count);
}
