// tingdu-voice, self-voicing's speech process, as SelfVoicing drives it: one request per line on
// standard input, one answer each (PCM or ERR), in step, real eSpeak NG behind it.
#include <gtest/gtest.h>

#include <QProcess>
#include <cmath>
#include <cstring>
#include <vector>

namespace {

struct Answer {
    QByteArray head;  // "PCM 22050 1 1234" or "ERR …"
    std::vector<std::int16_t> samples;
};

class VoiceServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_server.setProgram(QStringLiteral(TINGDU_VOICE));
        m_server.start(QIODevice::ReadWrite);
        ASSERT_TRUE(m_server.waitForStarted(5000)) << m_server.errorString().toStdString();
    }
    void TearDown() override
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }
    Answer ask(const QByteArray& line)
    {
        Answer answer;
        m_server.write(line + '\n');
        while (!m_server.canReadLine())
            if (!m_server.waitForReadyRead(10000))
                return answer;
        answer.head = m_server.readLine().trimmed();
        const QList<QByteArray> parts = answer.head.split(' ');
        if (parts.value(0) != "PCM" || parts.size() != 4)
            return answer;
        const qint64 bytes = parts[3].toLongLong();
        QByteArray data;
        while (data.size() < bytes) {
            if (m_server.bytesAvailable() == 0 && !m_server.waitForReadyRead(10000))
                break;
            data += m_server.read(bytes - data.size());
        }
        answer.samples.resize(static_cast<std::size_t>(data.size() / 2));
        std::memcpy(answer.samples.data(), data.constData(), answer.samples.size() * 2);
        return answer;
    }
    static double rms(const std::vector<std::int16_t>& samples)
    {
        double sum = 0;
        for (const std::int16_t s : samples)
            sum += static_cast<double>(s) * s;
        return samples.empty() ? 0 : std::sqrt(sum / static_cast<double>(samples.size()));
    }
    QProcess m_server;
};

TEST_F(VoiceServerTest, SpeaksEnglishAndMandarinAsPcm)
{
    const Answer english = ask("175\t50\t\ten\tStart, button");
    ASSERT_TRUE(english.head.startsWith("PCM 22050 1 ")) << english.head.toStdString();
    // About a second of speech at 22050 Hz, and not silence.
    EXPECT_GT(english.samples.size(), 11025u);
    EXPECT_LT(english.samples.size(), 22050u * 4);
    EXPECT_GT(rms(english.samples), 300.0);

    const Answer mandarin = ask("175\t50\t\tzh_CN\t开始，按钮");
    ASSERT_TRUE(mandarin.head.startsWith("PCM ")) << mandarin.head.toStdString();
    EXPECT_GT(rms(mandarin.samples), 300.0);
}

TEST_F(VoiceServerTest, RateAndPitchAreRead)
{
    const Answer slow = ask("80\t50\t\ten\tHear the instructions again, button");
    const Answer fast = ask("400\t50\t\ten\tHear the instructions again, button");
    ASSERT_FALSE(slow.samples.empty());
    ASSERT_FALSE(fast.samples.empty());
    EXPECT_GT(slow.samples.size(), fast.samples.size() * 2) << "80 words a minute is far slower than 400";
    const Answer low = ask("175\t0\t\ten\tSettings");
    const Answer high = ask("175\t100\t\ten\tSettings");
    EXPECT_NE(low.samples, high.samples) << "pitch changes the sound";
}

TEST_F(VoiceServerTest, BadRequestsAreAnsweredAndTheServerStaysInStep)
{
    // A voice that is not installed (an old profile's, a station's) falls back to the language's.
    const Answer fallback = ask("175\t50\tno-such-voice\ten\tHello");
    EXPECT_TRUE(fallback.head.startsWith("PCM ")) << fallback.head.toStdString();
    EXPECT_GT(rms(fallback.samples), 300.0);
    EXPECT_TRUE(ask("not a request").head.startsWith("ERR "));
    EXPECT_TRUE(ask("fast\tlow\t\ten\tHello").head.startsWith("PCM ")) << "bad numbers fall back to defaults";
    const Answer next = ask("175\t50\ten-us\ten\tStill here");
    EXPECT_TRUE(next.head.startsWith("PCM ")) << next.head.toStdString();
    EXPECT_GT(rms(next.samples), 300.0);
}

TEST_F(VoiceServerTest, EndsAtTheEndOfItsInput)
{
    m_server.closeWriteChannel();
    ASSERT_TRUE(m_server.waitForFinished(5000));
    EXPECT_EQ(m_server.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_server.exitCode(), 0);
}

}  // namespace
